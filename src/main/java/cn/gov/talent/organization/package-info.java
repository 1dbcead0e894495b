/**
 * The organisation tree (program office → recommending units → employers), users and roles,
 * registration, sign-in and the security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization",
        allowedDependencies = {"audit", "shared", "web"})
package cn.gov.talent.organization;
