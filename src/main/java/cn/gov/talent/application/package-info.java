/**
 * Applications (申报) and their lifecycle. {@link cn.gov.talent.application.ApplicationWorkflow} is
 * the one place that knows which transition is allowed; everything else asks it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application",
        allowedDependencies = {"audit", "organization", "program", "program :: eligibility", "shared", "storage",
                "web"})
package cn.gov.talent.application;
