/**
 * 统计分析 (issue 16): the statistics pages of the office, the supervisor and, within their subtree, the
 * recommending units. Each figure is a chart drawn in the browser (Apache ECharts from a WebJar,
 * static/js/charts.js) and a table with the same numbers. The counting is done in SQL by the modules that own
 * the tables (application: the selection funnel; tracking: the selected people, assessments and outputs;
 * funding: the funds); this module only chooses what to count, names the rows and renders them. ADR 0031.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
        allowedDependencies = {"application", "funding", "organization", "program", "shared", "tracking"})
package cn.gov.talent.statistics;
