package cn.gov.talent.publication;

import java.time.LocalDate;

import cn.gov.talent.tracking.TalentStatus;

/**
 * What the public verification page shows of a certificate: never the full name, and for a record that
 * ended by withdrawal, persuasion or revocation its status and the date, never the reason.
 */
record Verification(String certificateNo, String programName, String category, int year, String maskedName,
        LocalDate issuedOn, boolean valid, TalentStatus status, LocalDate statusChangedOn) {
}
