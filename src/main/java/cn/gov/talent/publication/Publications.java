package cn.gov.talent.publication;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.tracking.TalentRecords;

/**
 * 审批与公布 (002 art. 24, 004 §二(三)6): after the notice the office approves the list in one
 * step (anyone with an open objection is held back and named), then publishes it in one
 * transaction: every approved person becomes SELECTED and gets a talent record with a certificate
 * number (program code–year–sequence) and a verification code, and the public list appears; or,
 * if anything fails, nothing changes.
 */
@Service
@Transactional(readOnly = true)
class Publications {

    private static final TransitionFacts NOTICE_OVER = TransitionFacts.afterNotice(false);
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final Notices notices;
    private final Objections objections;
    private final Applications applications;
    private final Programs programs;
    private final TalentRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Publications(Notices notices, Objections objections, Applications applications, Programs programs,
            TalentRecords records, AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.applications = applications;
        this.programs = programs;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** What approving would do now: who would be approved, who is held back by an open objection. */
    public ApprovalPreview preview(long batchId) {
        PublicNotice notice = notices.ofBatch(batchId).orElseThrow(() -> new Refusal("notice.missing"));
        Set<Long> held = new HashSet<>(objections.applicationsWithOpenObjection(notice.getId()));
        List<Application> inNotice = applications.inBatch(batchId, EnumSet.of(ApplicationStatus.IN_NOTICE));
        return new ApprovalPreview(notice, notice.hasEndedBefore(notices.today()),
                inNotice.stream().filter(application -> !held.contains(application.getId())).toList(),
                inNotice.stream().filter(application -> held.contains(application.getId())).toList(),
                applications.inBatch(batchId, EnumSet.of(ApplicationStatus.APPROVED)));
    }

    /** Approves everyone on the notice without an open objection, once the period is over. */
    @Transactional
    public int approve(long batchId, Actor office) {
        ApprovalPreview preview = preview(batchId);
        if (!preview.noticeOver()) {
            throw new Refusal("publication.noticeNotOver", preview.notice().getEndsOn());
        }
        if (preview.approvable().isEmpty()) {
            throw new Refusal("publication.nobodyToApprove");
        }
        for (Application application : preview.approvable()) {
            applications.fire(application.getId(), WorkflowEvent.APPROVE, office, null, NOTICE_OVER);
        }
        preview.notice().markApproved(Instant.now(clock));
        audit.record(new AuditEntry(office, "NOTICE", preview.notice().getId(), null, "APPROVE_LIST", null, null,
                null).withNote("audit.note.approved", preview.approvable().size(), preview.heldBack().size()));
        return preview.approvable().size();
    }

    /**
     * Publishes the approved list: all of it or nothing (one transaction; a failure midway, such
     * as a certificate number already taken, rolls every change back).
     */
    @Transactional
    public int publish(long batchId, Actor office) {
        // locked: a second request (a double click, another window) waits here, then finds it published
        PublicNotice notice = notices.lockOfBatch(batchId).orElseThrow(() -> new Refusal("notice.missing"));
        if (notice.getPublishedAt() != null) {
            throw new Refusal("publication.alreadyPublished");
        }
        List<Application> approved = applications.inBatch(batchId, EnumSet.of(ApplicationStatus.APPROVED)).stream()
                .sorted(Comparator.comparing(Application::getCategoryId).thenComparing(Application::getSerialNo))
                .toList();
        if (approved.isEmpty()) {
            throw new Refusal("publication.nobodyApproved");
        }
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        LocalDate today = notices.today();
        long sequence = records.countByProgramAndYear(batch.programId(), batch.year());
        for (Application application : approved) {
            applications.fire(application.getId(), WorkflowEvent.PUBLISH, office, null, TransitionFacts.NONE);
            String certificateNo = "%s-%d-%04d".formatted(batch.programCode(), batch.year(), ++sequence);
            records.create(application, batch, certificateNo, verificationCode(), today);
        }
        notice.markPublished(Instant.now(clock));
        programs.advanceStage(batchId, BatchStage.PUBLISHED, office);
        audit.record(new AuditEntry(office, "NOTICE", notice.getId(), batch.title(), "PUBLISH_LIST", null, null,
                null).withNote("audit.note.published", approved.size()));
        return approved.size();
    }

    /** The published list as the public sees it (the selected people, with the public fields only). */
    public Page<NoticeEntry> publishedEntries(long batchId, Pageable pageable) {
        return notices.entries(notices.ofBatch(batchId).orElseThrow(), EnumSet.of(ApplicationStatus.SELECTED),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("categoryId", "serialNo")));
    }

    /**
     * Records a list published before this system (the demo's earlier year): its notice and a
     * talent record for each person already SELECTED, without replaying the workflow.
     */
    @Transactional
    void recordEarlierPublication(long batchId, LocalDate startsOn, LocalDate endsOn, int workingDays,
            LocalDate issuedOn, Actor actor) {
        PublicNotice notice = notices.recordEarlier(batchId, startsOn, endsOn, workingDays, actor);
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        long sequence = records.countByProgramAndYear(batch.programId(), batch.year());
        for (Application application : applications.inBatch(batchId, EnumSet.of(ApplicationStatus.SELECTED)).stream()
                .sorted(Comparator.comparing(Application::getCategoryId).thenComparing(Application::getSerialNo))
                .toList()) {
            records.create(application, batch, "%s-%d-%04d".formatted(batch.programCode(), batch.year(), ++sequence),
                    verificationCode(), issuedOn);
        }
        notice.markApproved(issuedOn.atStartOfDay(clock.getZone()).toInstant());
        notice.markPublished(issuedOn.atStartOfDay(clock.getZone()).toInstant());
    }

    public Page<TalentRecord> published(long batchId, Pageable pageable) {
        return records.published(batchId, pageable);
    }

    /** The batch's records found by the start of a name or certificate number (all when blank). */
    public Page<TalentRecord> published(long batchId, String prefix, Pageable pageable) {
        return records.published(batchId, prefix, pageable);
    }

    public List<TalentRecord> recordsOf(long applicantId) {
        return records.recordsOf(applicantId);
    }

    public TalentRecord record(long id) {
        return records.find(id).orElseThrow(() -> new NotFound("talent record " + id));
    }

    public Optional<TalentRecord> byCertificate(String certificateNo) {
        return records.byCertificate(certificateNo);
    }

    public List<TalentRecord> all(long batchId) {
        return records.all(batchId);
    }

    private String verificationCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
