package cn.gov.talent.publication;

import java.time.LocalDate;

/** What the public verification page shows of a certificate: never the full name. */
record Verification(String certificateNo, String programName, String category, int year, String maskedName,
        LocalDate issuedOn, boolean valid) {
}
