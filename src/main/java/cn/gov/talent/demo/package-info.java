/**
 * Demo data for every profile but {@code prod}: the Jiangxi organisation tree, one account per
 * role, programs and batches, the expert pool, and applications spread across the workflow.
 * Uses only the other modules' public services, so it exercises the same rules as the pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"application", "organization", "program", "program :: eligibility", "review", "shared",
                "yearend"})
package cn.gov.talent.demo;
