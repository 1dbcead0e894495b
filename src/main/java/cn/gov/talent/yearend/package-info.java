/**
 * 年度统计报送 (000 Jiangxi §四(二)): each year-end every recommending unit (各市人力资源社会保障局、省直各部门)
 * reports to the provincial department the changes of its national- and provincial-level people, their
 * assessment results, major breakthroughs and major awards. The office opens the year's report with its
 * deadline; each unit sees its figures computed from the records of its subtree (tracking and mobility count
 * them in SQL), adds remarks and submits ({@link cn.gov.talent.yearend.YearEndFlow}, one table); a submitted
 * report is frozen as a snapshot; the office follows who has submitted, reminds the others, returns a report
 * or reopens one after the deadline, and downloads the province's consolidated report (Excel and PDF) from the
 * snapshots.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Year-end report",
        allowedDependencies = {"audit", "mobility", "notification", "organization", "program", "shared",
                "tracking", "web"})
package cn.gov.talent.yearend;
