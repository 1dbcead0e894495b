/**
 * The publication stage (公示与公布): public notice in working days, objections, the published list and certificates; filled in by its own issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package cn.gov.talent.publication;
