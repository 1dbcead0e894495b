/**
 * The working-day calendar (工作日历): statutory holidays and adjusted working days (调休上班) kept by
 * the administrator, and the working-day arithmetic that public notices (公示, N working days) need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = {"audit", "shared", "spreadsheet", "web"})
package cn.gov.talent.calendar;
