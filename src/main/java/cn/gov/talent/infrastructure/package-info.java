/** Technical plumbing: the embedded database, the clock. No domain logic. */
@org.springframework.modulith.ApplicationModule(displayName = "Infrastructure",
        allowedDependencies = "shared")
package cn.gov.talent.infrastructure;
