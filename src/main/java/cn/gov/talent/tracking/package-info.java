/**
 * 人选管理 (after selection): the talent record from publication to the end of its support cycle —
 * the cycle per category, yearly reports and the annual assessment (employer grades, recommending unit
 * confirms, office files), outputs with the program's funding acknowledgement, the final assessment,
 * recorded reminders and exits (withdrawal, persuasion, revocation), the record's state machine
 * ({@link cn.gov.talent.tracking.TalentLifecycle}) and the 考绩档案; and the 人选信息库, every record searched
 * and exported by the profile it carries (ADR 0030). Publication creates the records when it publishes a list
 * (ADR 0021); the certificate's verification reads their state here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking",
        allowedDependencies = {"application", "audit", "notification", "organization", "program",
                "program :: eligibility", "shared",
                "spreadsheet", "web"})
package cn.gov.talent.tracking;
