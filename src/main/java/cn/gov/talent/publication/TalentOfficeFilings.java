package cn.gov.talent.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.StoredFile;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;

/**
 * 公布备案 (004 §二(三)6: 公布入选名单…并报省委人才办备案): once a batch's list is published, the office
 * records its filing with the provincial party committee's talent office: the date filed, the document
 * number (文号), an optional note and optionally the receipt (an upload checked like every other). Refused
 * before the list is published. Recorded once: a second filing is refused, and a mistake is put right by a
 * correction, which needs a reason and replaces the record (the audit trail keeps the values before and
 * after). Both are audited.
 */
@Service
@Transactional(readOnly = true)
class TalentOfficeFilings {

    /** talent_office_filing.document_no */
    static final int DOCUMENT_NO_MAX = 100;
    /** talent_office_filing.note */
    static final int NOTE_MAX = 1000;
    /** talent_office_filing.correction_reason */
    static final int REASON_MAX = 1000;

    private final TalentOfficeFilingRepository filings;
    private final Notices notices;
    private final Programs programs;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final Clock clock;

    TalentOfficeFilings(TalentOfficeFilingRepository filings, Notices notices, Programs programs,
            Attachments attachments, AuditTrail audit, Clock clock) {
        this.filings = filings;
        this.notices = notices;
        this.programs = programs;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<TalentOfficeFiling> ofBatch(long batchId) {
        return filings.findByBatchId(batchId);
    }

    /** The batches whose list has been filed (the list of batches marks them). */
    public Set<Long> filedBatchIds() {
        return filings.filedBatchIds();
    }

    /** How many published lists wait to be filed (the office's home page). */
    public long publishedNotFiled() {
        return filings.countPublishedNotFiled();
    }

    /** Records the filing of the batch's published list; refused before publication and a second time. */
    @Transactional
    public TalentOfficeFiling file(long batchId, LocalDate filedOn, String documentNo, String note,
            MultipartFile receipt, Actor office) {
        // locked: a second request (a double click, another window) waits here, then finds the filing
        PublicNotice notice = published(batchId);
        Optional<TalentOfficeFiling> earlier = filings.findByBatchId(batchId);
        if (earlier.isPresent()) {
            throw new Refusal("filing.alreadyFiled", earlier.get().getDocumentNo(), earlier.get().getFiledOn());
        }
        check(notice, filedOn, documentNo, note, null, false);
        TalentOfficeFiling filing = filings.save(new TalentOfficeFiling(batchId, notice.getId(), filedOn,
                documentNo.trim(), textOrNull(note), store(receipt), office.username(), Instant.now(clock)));
        audit.record(new AuditEntry(office, "BATCH", batchId, title(batchId), "FILE_WITH_TALENT_OFFICE", null, null,
                filing.getNote()).withNote("audit.note.filing", filing.getDocumentNo(), filing.getFiledOn()));
        return filing;
    }

    /**
     * Corrects the recorded filing (a mistyped 文号 or date, a receipt that came later): the new values, a
     * new receipt if one is given (else the one on file stays), and the reason; a correction that changes
     * nothing is refused.
     */
    @Transactional
    public void correct(long batchId, LocalDate filedOn, String documentNo, String note, MultipartFile receipt,
            String reason, Actor office) {
        PublicNotice notice = published(batchId);
        TalentOfficeFiling filing = filings.findByBatchId(batchId).orElseThrow(() -> new Refusal("filing.notFiled"));
        check(notice, filedOn, documentNo, note, reason, true);
        StoredFile stored = store(receipt);
        String documentBefore = filing.getDocumentNo();
        LocalDate filedBefore = filing.getFiledOn();
        if (stored == null && filedOn.equals(filedBefore) && documentNo.trim().equals(documentBefore)
                && Objects.equals(textOrNull(note), filing.getNote())) {
            throw new Refusal("filing.correctionChangesNothing");
        }
        filing.correct(filedOn, documentNo.trim(), textOrNull(note), stored, reason.trim(), office.username(),
                Instant.now(clock));
        audit.record(new AuditEntry(office, "BATCH", batchId, title(batchId), "CORRECT_TALENT_OFFICE_FILING", null,
                null, reason.trim()).withNote("audit.note.filingCorrected", documentBefore, filedBefore,
                        filing.getDocumentNo(), filing.getFiledOn()));
    }

    /** The receipt on file, or 404 when there is none. */
    public TalentOfficeFiling withReceipt(long batchId) {
        return filings.findByBatchId(batchId).filter(TalentOfficeFiling::hasReceipt)
                .orElseThrow(() -> new NotFound("no filing receipt for batch " + batchId));
    }

    private PublicNotice published(long batchId) {
        return notices.lockOfBatch(batchId).filter(notice -> notice.getPublishedAt() != null)
                .orElseThrow(() -> new Refusal("filing.notPublished"));
    }

    private void check(PublicNotice notice, LocalDate filedOn, String documentNo, String note, String reason,
            boolean correction) {
        List<Refusal.Problem> problems = new ArrayList<>();
        LocalDate publishedOn = LocalDate.ofInstant(notice.getPublishedAt(), clock.getZone());
        if (filedOn == null) {
            problems.add(new Refusal.Problem("filedOn", "filing.filedOnRequired", new Object[0]));
        } else if (filedOn.isAfter(notices.today())) {
            problems.add(new Refusal.Problem("filedOn", "filing.filedOnFuture", new Object[0]));
        } else if (filedOn.isBefore(publishedOn)) {
            problems.add(new Refusal.Problem("filedOn", "filing.filedOnBeforePublication", new Object[] {publishedOn}));
        }
        if (!StringUtils.hasText(documentNo) || documentNo.trim().length() > DOCUMENT_NO_MAX) {
            problems.add(new Refusal.Problem("documentNo", "filing.documentNoRequired",
                    new Object[] {DOCUMENT_NO_MAX}));
        }
        if (note != null && note.trim().length() > NOTE_MAX) {
            problems.add(new Refusal.Problem("note", "form.text.tooLong", new Object[] {NOTE_MAX}));
        }
        if (correction && (!StringUtils.hasText(reason) || reason.trim().length() > REASON_MAX)) {
            problems.add(new Refusal.Problem("reason", "filing.reasonRequired", new Object[] {REASON_MAX}));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    /** The receipt by the upload rules (type by content, size), or null when none was chosen. */
    private StoredFile store(MultipartFile receipt) {
        if (receipt == null || receipt.isEmpty()) {
            return null;
        }
        try {
            return attachments.store(receipt);
        } catch (Refusal refused) {
            throw Refusal.onField("receipt", refused.messageKey(), refused.arguments());
        }
    }

    private String title(long batchId) {
        return programs.batch(batchId).orElseThrow().title();
    }

    private static String textOrNull(String text) {
        return StringUtils.hasText(text) ? text.trim() : null;
    }
}
