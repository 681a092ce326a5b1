package vn.tdkt.campaign.unit;

/** Where a unit sits in the administration (cấp tỉnh / sở / huyện / xã / phòng). More may be added. */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, OFFICE
}
