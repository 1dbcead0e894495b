package cn.gov.talent.publication;

import java.time.LocalDate;

import cn.gov.talent.tracking.TalentStatus;

/**
 * What the public verification page shows of a certificate, for a matching number and code: the name
 * and employer as the list published them (so the verifier can tell whose it is), and for a record that
 * ended by withdrawal, persuasion or revocation its status and the date, never the reason.
 */
record Verification(String certificateNo, String programName, String category, int year, String personName,
        String employerName, LocalDate issuedOn, boolean valid, TalentStatus status, LocalDate statusChangedOn) {
}
