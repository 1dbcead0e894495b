/**
 * Shared kernel: the few types every module speaks (roles, the signed-in user, data scope,
 * personal-data rules, work items for the home page). Small on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gov.talent.shared;
