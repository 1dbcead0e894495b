/**
 * The publication stage (公示与公布): the public notice counted in working days, objections (filed by
 * anyone, triaged, investigated by the recommending unit, put to the reviewing experts, a question of
 * eligibility explained by the employer with third-party proof, decided), approval and the published
 * list, its filing with the provincial party committee's talent office, talent records and PDF
 * certificates that anyone can verify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication",
        allowedDependencies = {"application", "audit", "calendar", "notification", "organization", "program",
                "review", "shared", "spreadsheet", "tracking", "web"})
package cn.gov.talent.publication;
