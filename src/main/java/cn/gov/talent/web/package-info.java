/** The shared web layer: layout, language, home page, error pages, paging links. */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {"shared", "spreadsheet"})
package cn.gov.talent.web;
