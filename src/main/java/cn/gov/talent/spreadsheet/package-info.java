/**
 * Excel in and out, for services and pages alike: {@code Sheets} writes a printable list,
 * {@code TemplateWorkbooks} reads an uploaded import template row by row, and {@code ImportRowError} /
 * {@code ImportResult} carry what an import found. No domain logic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheets", allowedDependencies = "shared")
package cn.gov.talent.spreadsheet;
