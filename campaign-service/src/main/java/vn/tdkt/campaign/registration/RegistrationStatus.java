package vn.tdkt.campaign.registration;

/** Has a unit registered for the campaign (đã đăng ký) or not yet (chưa đăng ký)? */
enum RegistrationStatus {
    REGISTERED, MISSING
}
