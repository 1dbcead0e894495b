package cn.gov.talent.application;

import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Masking;
import cn.gov.talent.shared.Role;
import cn.gov.talent.web.HtmlPdf;

/**
 * 申报表: the application printed as officials file it on paper (ADR 0023), from the dossier as last
 * submitted: the program, batch and category, the applicant's particulars, education, work, achievements,
 * goals, the declaration to sign, and the employer's opinion (单位意见) with its unit, date and a place for
 * the seal. The rules of who may print which form are here too; the recommendation module prints the
 * 推荐表 with {@link #particulars}.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationForms {

    private final Dossiers dossiers;
    private final Programs programs;
    private final MessageSource messages;
    private final HtmlPdf pdf;
    private final Clock clock;
    private final IdNumberCipher idNumbers;

    ApplicationForms(Dossiers dossiers, Programs programs, MessageSource messages, HtmlPdf pdf, Clock clock,
            IdNumberCipher idNumbers) {
        this.idNumbers = idNumbers;
        this.dossiers = dossiers;
        this.programs = programs;
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * Who may print the 申报表 of an application they see: once it was submitted, its applicant, and
     * the employer, the recommending units and the office whose data scope covers it.
     */
    public static boolean mayPrintForm(Application application, CurrentUser user) {
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            return false;
        }
        return user.has(Role.EMPLOYER) || user.has(Role.RECOMMENDER) || user.has(Role.OFFICE)
                || user.has(Role.APPLICANT) && application.getApplicantId() == user.id();
    }

    /**
     * Who may print the 推荐表 of an application they see: once it was nominated, the employer, the
     * recommending units and the office whose data scope covers it; never the applicant.
     */
    public static boolean mayPrintRecommendation(Application application, CurrentUser user) {
        return application.getStatus().isNominated()
                && (user.has(Role.EMPLOYER) || user.has(Role.RECOMMENDER) || user.has(Role.OFFICE));
    }

    /** The file name of the 申报表: serial number and name. */
    public static String fileName(Application application, String form) {
        return application.getSerialNo() + "-" + application.getApplicantName() + "-" + form + ".pdf";
    }

    /** The 申报表 as a PDF, its labels in the reader's language. */
    public byte[] applicationForm(Application application, Locale locale) {
        DossierForm form = dossiers.filed(application);
        Map<String, Object> variables = new HashMap<>();
        variables.put("head", particulars(application, form, locale));
        variables.put("form", form);
        variables.put("application", application);
        variables.put("opinionDate", date(application.getEmployerOpinionAt()));
        variables.put("printedOn", LocalDate.now(clock));
        return pdf.pdf("application/form", locale, variables, "/");
    }

    /** The head of a form: program, batch, category and the particulars, from the dossier as last submitted. */
    public ApplicantParticulars particulars(Application application, Locale locale) {
        return particulars(application, dossiers.filed(application), locale);
    }

    private ApplicantParticulars particulars(Application application, DossierForm form, Locale locale) {
        BatchSummary batch = programs.batch(application.getBatchId()).orElseThrow();
        // the number stays sealed: the form shows it masked, with the birth date and sex it gives
        String sealed = application.getApplicantIdNumberCipher();
        var birthDate = sealed == null ? Optional.<LocalDate>empty() : idNumbers.birthDate(sealed);
        boolean validId = birthDate.isPresent();
        String discipline = application.getDisciplineCode() == null ? null
                : programs.disciplines(List.of(application.getDisciplineCode())).stream().findFirst()
                        .map(found -> found.label(messages, locale)).orElse(application.getDisciplineCode());
        return new ApplicantParticulars(application.getSerialNo(), batch.programName(), batch.title(), batch.year(),
                programs.categoryNames().get(application.getCategoryId()), application.getApplicantName(),
                validId ? (idNumbers.isMale(sealed).orElse(false) ? "gender.MALE" : "gender.FEMALE") : null,
                birthDate.orElse(null), sealed == null ? null : idNumbers.masked(sealed),
                Masking.phone(form.getPhone()), application.getEmployerName(), key("degree.", form.getDegree()),
                form.getPhdDate(), key("title.", form.getTitle()), form.getTitleName(), key("skill.", form.getSkill()),
                discipline);
    }

    /** The message key naming a level of the dossier; an empty one reads as none. */
    private static String key(String prefix, Enum<?> level) {
        return prefix + (level == null ? "NONE" : level.name());
    }

    /** An instant as the day it was in China, as the forms date opinions. */
    public static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, BusinessTime.ZONE);
    }
}
