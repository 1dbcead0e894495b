/**
 * 经费 (funding after selection; ADR 0028): support plans per category as data (the kinds of fund, a
 * range or a fixed amount, the tranches with their schedule and release conditions, the extension rule),
 * each person's amounts set by the office and paid in tranches that are released only when their
 * condition is met (a contract taken up, a yearly report filed) and paid once, decided by the database;
 * the work contract on file, extensions of the research-fund period, totals, and the exports for the
 * finance department. Funding stops when a person exits and follows the person on a transfer, both
 * inside the transaction of tracking's change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding",
        allowedDependencies = {"application", "audit", "notification", "organization", "program", "shared",
                "spreadsheet", "tracking", "web"})
package cn.gov.talent.funding;
