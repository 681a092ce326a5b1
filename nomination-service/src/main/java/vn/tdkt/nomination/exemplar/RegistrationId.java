package vn.tdkt.nomination.exemplar;

import java.time.YearMonth;

/** A registration is the office's for one month: {@code <unitCode>:<yyyy-MM>}, so there is one per pair. */
record RegistrationId(String unitCode, YearMonth month) {

    String value() {
        return unitCode + ":" + month;
    }

    @Override
    public String toString() {
        return value();
    }
}
