package cn.gov.talent.tracking;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.StoredFile;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * 退出 (002 art. 36; 000 Jiangxi §四(一)): the person asks to withdraw; the employer records reminders
 * (督促提醒) and proposes a persuasion to leave (劝退, only after a reminder) or a revocation (取消资格)
 * with evidence; the recommending unit passes a proposal up or returns it; the office decides every
 * exit. Each step is a transition of {@link TalentLifecycle}, audited and notified.
 */
@Service
public class Exits {

    private final TalentRecords records;
    private final TalentExitRepository exits;
    private final TalentReminderRepository reminders;
    private final Attachments files;
    private final AuditTrail audit;

    Exits(TalentRecords records, TalentExitRepository exits, TalentReminderRepository reminders, Attachments files,
            AuditTrail audit) {
        this.records = records;
        this.exits = exits;
        this.reminders = reminders;
        this.files = files;
        this.audit = audit;
    }

    /** 主动退出: the person's own request, for personal or family reasons; the office decides. */
    @Transactional
    public void requestWithdrawal(long recordId, TalentExit.Ground ground, String reason, Actor person) {
        TalentRecord record = records.locked(recordId, person);
        if (record.getApplicantId() != person.userId()) {
            throw new NotFound("talent record " + recordId);
        }
        checkGround(ExitKind.WITHDRAWAL, ground);
        records.fire(record, TalentEvent.REQUEST_WITHDRAWAL, person, reason, null);
        exits.save(new TalentExit(recordId, ExitKind.WITHDRAWAL, ground, reason.strip(), person.username(),
                records.now()));
    }

    /** The person takes the request back before the office decides. */
    @Transactional
    public void cancelWithdrawal(long recordId, Actor person) {
        TalentRecord record = records.locked(recordId, person);
        if (record.getApplicantId() != person.userId()) {
            throw new NotFound("talent record " + recordId);
        }
        records.fire(record, TalentEvent.CANCEL_WITHDRAWAL, person, null, null);
        open(recordId).decided(TalentExit.Decision.CANCELLED, null, person.username(), records.now());
    }

    /** 督促提醒: the employer records a reminder it gave (about taking up the post, the time on post…). */
    @Transactional
    public TalentReminder remind(long recordId, LocalDate remindedOn, String note, Actor employer) {
        if (!employer.has(Role.EMPLOYER)) {
            throw new Refusal("talent.refused.wrongActor", TalentEvent.PROPOSE_EXIT);
        }
        TalentRecord record = records.locked(recordId, employer);
        if (record.getStatus().isEnded()) {
            throw new Refusal("talent.reminder.ended");
        }
        if (remindedOn == null || remindedOn.isAfter(records.today()) || remindedOn.isBefore(record.getCycleStart())) {
            throw Refusal.onField("remindedOn", "talent.reminder.date", record.getCycleStart(), records.today());
        }
        if (!StringUtils.hasText(note)) {
            throw Refusal.onField("note", "talent.reminder.noteRequired");
        }
        TalentReminder reminder = reminders.save(new TalentReminder(recordId, remindedOn, note.strip(),
                employer.username(), records.now()));
        audit.record(new AuditEntry(employer, "TALENT", recordId, TalentRecords.label(record), "REMIND", null, null,
                note.strip()).withNote("audit.note.remindedOn", remindedOn));
        return reminder;
    }

    /**
     * 劝退 or 取消资格, proposed by the employer with the ground, the reason and (for a revocation) the
     * evidence; a persuasion needs a recorded reminder first. The recommending unit passes it up.
     */
    @Transactional
    public void propose(long recordId, ExitKind kind, TalentExit.Ground ground, String reason, MultipartFile evidence,
            Actor employer) {
        if (kind == null || kind == ExitKind.WITHDRAWAL) {
            throw Refusal.onField("kind", "talent.exit.kindRequired");
        }
        checkGround(kind, ground);
        boolean hasFile = evidence != null && !evidence.isEmpty();
        if (kind == ExitKind.REVOCATION && !hasFile) {
            throw Refusal.onField("evidence", "talent.exit.evidenceRequired");
        }
        TalentRecord record = records.locked(recordId, employer);
        records.fire(record, TalentEvent.PROPOSE_EXIT, employer, reason, kind);
        TalentExit exit = new TalentExit(recordId, kind, ground, reason.strip(), employer.username(), records.now());
        if (hasFile) {
            StoredFile stored = files.store(evidence);
            exit.attach(stored.fileName(), stored.contentType(), stored.size(), stored.sha256());
        }
        exits.save(exit);
    }

    /** 逐级上报: the recommending unit passes the employer's proposal up to the office. */
    @Transactional
    public void forward(long recordId, Actor recommender) {
        TalentRecord record = records.locked(recordId, recommender);
        records.fire(record, TalentEvent.FORWARD_EXIT, recommender, null, null);
        open(recordId).forwarded(recommender.username(), records.now());
    }

    /** The recommending unit sends the proposal back to the employer, with its reason; the record stays active. */
    @Transactional
    public void returnProposal(long recordId, String reason, Actor recommender) {
        TalentRecord record = records.locked(recordId, recommender);
        records.fire(record, TalentEvent.RETURN_EXIT, recommender, reason, null);
        open(recordId).decided(TalentExit.Decision.RETURNED, reason, recommender.username(), records.now());
    }

    /**
     * The office decides the open exit: approving a withdrawal, a persuasion or a revocation ends the
     * record (WITHDRAWN, PERSUADED_OUT, REVOKED); refusing keeps it active, with the reason.
     */
    @Transactional
    public TalentStatus decide(long recordId, boolean approve, String reason, Actor office) {
        TalentRecord record = records.locked(recordId, office);
        TalentExit exit = open(recordId);
        TalentEvent event = switch (exit.getKind()) {
            case WITHDRAWAL -> approve ? TalentEvent.APPROVE_WITHDRAWAL : TalentEvent.REFUSE_WITHDRAWAL;
            case PERSUASION -> approve ? TalentEvent.PERSUADE_OUT : TalentEvent.REJECT_EXIT;
            case REVOCATION -> approve ? TalentEvent.REVOKE : TalentEvent.REJECT_EXIT;
        };
        TalentRecord changed = records.fire(record, event, office, reason, null);
        exit.decided(approve ? TalentExit.Decision.APPROVED : TalentExit.Decision.REJECTED,
                StringUtils.hasText(reason) ? reason.strip() : null, office.username(), records.now());
        return changed.getStatus();
    }

    @Transactional(readOnly = true)
    public List<TalentExit> of(long recordId) {
        return exits.findByTalentRecordIdOrderByIdAsc(recordId);
    }

    @Transactional(readOnly = true)
    public List<TalentReminder> remindersOf(long recordId) {
        return reminders.findByTalentRecordIdOrderByRemindedOnAscIdAsc(recordId);
    }

    /** An exit's evidence file, for those who may see the record; never the other way round. */
    @Transactional(readOnly = true)
    public Evidence evidence(long recordId, long exitId, DataScope scope) {
        records.visible(recordId, scope);
        TalentExit exit = exits.findById(exitId).filter(found -> found.getTalentRecordId() == recordId
                && found.getSha256() != null).orElseThrow(() -> new NotFound("exit evidence " + exitId));
        return new Evidence(files.contentOf(exit.getSha256()), exit.getFileName(), exit.getContentType());
    }

    /** A stored file to send. */
    public record Evidence(Resource content, String fileName, String contentType) {
    }

    private TalentExit open(long recordId) {
        return exits.findFirstByTalentRecordIdAndDecidedAtIsNullOrderByIdDesc(recordId)
                .orElseThrow(() -> new Refusal("talent.exit.noneOpen"));
    }

    private static void checkGround(ExitKind kind, TalentExit.Ground ground) {
        if (ground == null || !ground.fits(kind)) {
            throw Refusal.onField("ground", "talent.exit.groundFits", kind);
        }
    }
}
