/**
 * Programs (人才工程), their categories (项目类别) and yearly batches (年度批次). The application
 * stage adds eligibility rules, windows, quotas and the rubric.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Program",
        allowedDependencies = {"audit", "shared", "web"})
package cn.gov.talent.program;
