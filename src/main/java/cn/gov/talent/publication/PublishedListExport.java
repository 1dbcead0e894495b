package cn.gov.talent.publication;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.spreadsheet.Sheets;
import cn.gov.talent.web.Downloads;

/**
 * The published list as Excel for the office, the list filed with the provincial party committee's talent
 * office (004 §二(三)6; no ID numbers: the filing records who was selected, not identities), and for
 * national-tier programs the list of the province's nominees to report to the ministry (with ID numbers:
 * the ministry checks identities).
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class PublishedListExport {

    private final Publications publications;
    private final Applications applications;
    private final Notices notices;
    private final Programs programs;
    private final MessageSource messages;
    private final IdNumberCipher idNumbers;

    PublishedListExport(Publications publications, Applications applications, Notices notices, Programs programs,
            MessageSource messages, IdNumberCipher idNumbers) {
        this.idNumbers = idNumbers;
        this.publications = publications;
        this.applications = applications;
        this.notices = notices;
        this.programs = programs;
        this.messages = messages;
    }

    @PersonalDataDownload("PUBLISHED_LIST")
    @GetMapping("/publication/batches/{batchId}/list.xlsx")
    void list(@PathVariable long batchId, Locale locale, HttpServletResponse response) throws IOException {
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        String title = messages.getMessage("list.public.heading", new Object[] {batch.programName(), batch.year()},
                locale);
        String[] columns = {"certificate.number", "notice.name", "notice.gender", "notice.employer", "notice.titleName",
                "notice.category", "notice.discipline"};
        try (var sheets = new Sheets(title, columns, messages, locale)) {
            var certificates = new HashMap<Long, String>();
            publications.all(batchId).forEach(r -> certificates.put(r.getApplicationId(), r.getCertificateNo()));
            Paging.forEach(pageable -> publications.publishedEntries(batchId, pageable), 500, Sort.unsorted(),
                    (NoticeEntry e) -> sheets.row(certificates.get(e.applicationId()), e.name(), gender(e, locale),
                            e.employer(), e.title(), e.category(), e.discipline()));
            sheets.write(Downloads.xlsx(response, title));
        }
    }

    /** 报省委人才办备案的名单: number, name, gender, employer, title, category, program; 404 before publication. */
    @PersonalDataDownload("FILING_LIST")
    @GetMapping("/publication/batches/{batchId}/filing.xlsx")
    void filing(@PathVariable long batchId, Locale locale, HttpServletResponse response) throws IOException {
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        if (notices.ofBatch(batchId).map(PublicNotice::getPublishedAt).isEmpty()) {
            throw new NotFound("list of batch " + batchId + " not published");
        }
        String title = messages.getMessage("filing.export.title", new Object[] {batch.programName(), batch.year()},
                locale);
        String[] columns = {"filing.export.number", "notice.name", "notice.gender", "notice.employer",
                "notice.titleName", "notice.category", "filing.export.program"};
        try (var sheets = new Sheets(title, columns, messages, locale)) {
            int[] number = {0};
            Paging.forEach(pageable -> publications.publishedEntries(batchId, pageable), 500, Sort.unsorted(),
                    (NoticeEntry e) -> sheets.row(++number[0], e.name(), gender(e, locale), e.employer(), e.title(),
                            e.category(), batch.programName()));
            sheets.write(Downloads.xlsx(response, title));
        }
    }

    @PersonalDataDownload("MINISTRY_LIST")
    @GetMapping("/publication/batches/{batchId}/ministry.xlsx")
    @PreAuthorize("hasRole('OFFICE')")
    void ministry(@PathVariable long batchId, Locale locale, HttpServletResponse response) throws IOException {
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        if (batch.tier() != ProgramTier.NATIONAL) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String title = messages.getMessage("publication.ministryExport.title", new Object[] {batch.programName(),
                batch.year()}, locale);
        String[] columns = {"application.serialNo", "notice.name", "notice.gender", "register.idNumber",
                "notice.employer", "notice.titleName", "notice.category", "notice.discipline"};
        try (var sheets = new Sheets(title, columns, messages, locale)) {
            Paging.forEachChunk(pageable -> applications.inBatch(batchId,
                    EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.SELECTED), pageable), 500,
                    Sort.by("categoryId", "serialNo"), (List<Application> chunk) -> {
                        List<NoticeEntry> entries = notices.toEntries(chunk);
                        for (int i = 0; i < entries.size(); i++) {
                            Application application = chunk.get(i);
                            NoticeEntry e = entries.get(i);
                            // the one place an ID number is shown whole (ADR 0022): the ministry checks identities
                            sheets.row(application.getSerialNo(), e.name(), gender(e, locale),
                                    idNumbers.decrypt(application.getApplicantIdNumberCipher()), e.employer(),
                                    e.title(), e.category(), e.discipline());
                        }
                    });
            sheets.write(Downloads.xlsx(response, title));
        }
    }

    private String gender(NoticeEntry entry, Locale locale) {
        return entry.gender() == null ? "" : messages.getMessage("gender." + entry.gender().name(), null, locale);
    }

}
