/** Technical plumbing: the embedded database, the clock. No domain logic. */
@org.springframework.modulith.ApplicationModule(displayName = "Infrastructure")
package cn.gov.talent.infrastructure;
