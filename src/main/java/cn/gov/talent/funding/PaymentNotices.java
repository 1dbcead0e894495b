package cn.gov.talent.funding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.tracking.TalentRecords;
import cn.gov.talent.web.HtmlPdf;

/**
 * 经费拨付通知: the printable notice of one tranche for the finance department and the employer, once the
 * office has released it (and, when paid, with the day and voucher): who receives it, for whom, which
 * fund and tranche, the amount in figures and in capitals, the condition that released it, the article
 * it rests on and what the money may not be used for. Printed from the data like the official forms.
 */
@Service
public class PaymentNotices {

    private final Tranches tranches;
    private final FundingGrantRepository grants;
    private final SupportPlans plans;
    private final TalentRecords records;
    private final Programs programs;
    private final HtmlPdf pdf;

    PaymentNotices(Tranches tranches, FundingGrantRepository grants, SupportPlans plans, TalentRecords records,
            Programs programs, HtmlPdf pdf) {
        this.tranches = tranches;
        this.grants = grants;
        this.plans = plans;
        this.records = records;
        this.programs = programs;
        this.pdf = pdf;
    }

    /** A released or paid tranche in the reader's scope; any other is not found. */
    @Transactional(readOnly = true)
    public FundingTranche printable(long trancheId, DataScope scope) {
        FundingTranche tranche = tranches.visible(trancheId, scope);
        if (tranche.getStatus() != TrancheStatus.RELEASED && tranche.getStatus() != TrancheStatus.PAID) {
            throw new NotFound("notice of tranche " + trancheId);
        }
        return tranche;
    }

    /** The notice's file name: person, certificate, fund and tranche. */
    public static String fileName(FundingTranche tranche, String title) {
        return tranche.getCertificateNo() + "-" + tranche.getPersonName() + "-" + title + "-" + tranche.getSeq()
                + ".pdf";
    }

    /** The notice as a PDF, in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] notice(FundingTranche tranche, Locale locale) {
        FundingGrant grant = grants.findById(tranche.getGrantId()).orElseThrow();
        TalentRecord record = records.find(tranche.getTalentRecordId()).orElseThrow();
        ProgramCategory category = programs.category(record.getCategoryId()).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("tranche", tranche);
        variables.put("grant", grant);
        variables.put("record", record);
        variables.put("programName", category == null ? "" : category.getProgram().getName());
        variables.put("categoryName", category == null ? "" : category.getName());
        variables.put("basis", plans.find(grant.getPlanId()).map(SupportPlan::getBasis).orElse(null));
        variables.put("capitals", ChineseAmount.of(tranche.getAmount()));
        variables.put("noticeNo", "JF-" + tranche.getDueOn().getYear() + "-" + String.format("%06d", tranche.getId()));
        variables.put("printedOn", tranches.today());
        variables.put("releasedOn", tranche.getReleasedAt() == null ? null
                : LocalDate.ofInstant(tranche.getReleasedAt(), cn.gov.talent.shared.BusinessTime.ZONE));
        return pdf.pdf("funding/notice", locale, variables, "/");
    }
}
