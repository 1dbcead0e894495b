/**
 * 人才流动 (002 arts. 32–33): a selected person's transfer to another employer (工作单位转换) through the
 * person's request, the current employer's consent, the receiving employer's compilation of the materials,
 * the review by the recommending unit above the receiving employer (主管部门) and the program office's
 * approval ({@link cn.gov.talent.mobility.TransferFlow}, one table), with the first term's rules checked
 * and explained before the request is sent ({@link cn.gov.talent.mobility.TransferRules}); and the
 * conversion of a person's project between a program's short-term and long-term categories
 * ({@link cn.gov.talent.mobility.ConversionRule}). On approval the talent record moves through tracking's
 * public service, in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mobility",
        allowedDependencies = {"application", "audit", "notification", "organization", "program", "shared",
                "tracking", "web"})
package cn.gov.talent.mobility;
