package cn.gov.talent.tracking;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.StoredFile;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * 成果: recorded by the person (or by the employer, which reports major breakthroughs and awards
 * promptly, 000 Jiangxi §四(二)), with evidence under the same upload rules as the dossier's
 * attachments. An output the program funded must carry its acknowledgement; one without is kept and
 * marked in every list, so that the office sees it.
 */
@Service
public class Outputs {

    static final int TITLE_MAX = 300;

    private final TalentOutputRepository outputs;
    private final TalentRecords records;
    private final Attachments files;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;

    Outputs(TalentOutputRepository outputs, TalentRecords records, Attachments files, Accounts accounts,
            Notifications notifications, AuditTrail audit) {
        this.outputs = outputs;
        this.records = records;
        this.files = files;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** Records an output of the person's, by the person or their employer; a major one is reported to the office. */
    @Transactional
    public TalentOutput add(long recordId, OutputForm form, MultipartFile evidence, Actor actor) {
        TalentRecord record = records.locked(recordId, actor);
        boolean own = record.getApplicantId() == actor.userId();
        if (!own && !actor.has(Role.EMPLOYER)) {
            throw new Refusal("talent.output.whoRecords");
        }
        if (record.getStatus().isEnded()) {
            throw new Refusal("talent.output.ended", record.getStatus());
        }
        check(form, record);
        TalentOutput output = new TalentOutput(recordId, form.getKind(), form.getTitle().strip(),
                form.getAchievedOn(), form.getLevel(), form.getAuthorRank(), form.isFunded(), form.isAcknowledged(),
                form.isMajor(), actor.username(), records.now());
        if (evidence != null && !evidence.isEmpty()) {
            StoredFile stored = files.store(evidence);
            output.attach(stored.fileName(), stored.contentType(), stored.size(), stored.sha256());
        }
        outputs.save(output);
        audit.record(new AuditEntry(actor, "TALENT", recordId, TalentRecords.label(record), "ADD_OUTPUT", null, null,
                null).withNote("audit.note.output", "#" + form.getKind().messageKey(), output.getTitle()));
        if (form.isMajor()) {
            notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.talent.majorOutput",
                    TalentRecords.label(record), "/talents/" + recordId);
        }
        return output;
    }

    private void check(OutputForm form, TalentRecord record) {
        if (form.getKind() == null) {
            throw Refusal.onField("kind", "talent.output.kindRequired");
        }
        if (!StringUtils.hasText(form.getTitle())) {
            throw Refusal.onField("title", "talent.output.titleRequired");
        }
        if (form.getTitle().strip().length() > TITLE_MAX) {
            throw Refusal.onField("title", "input.tooLong", TITLE_MAX);
        }
        LocalDate today = records.today();
        if (form.getAchievedOn() == null || form.getAchievedOn().isAfter(today)
                || form.getAchievedOn().isBefore(record.getCycleStart())) {
            throw Refusal.onField("achievedOn", "talent.output.dateInCycle", record.getCycleStart(), today);
        }
        if (form.getLevel() == null) {
            throw Refusal.onField("level", "talent.output.levelRequired");
        }
        if (form.getAuthorRank() < 1 || form.getAuthorRank() > 100) {
            throw Refusal.onField("authorRank", "talent.output.rankRange", 1, 100);
        }
    }

    /** Links the outputs of a cycle year (after one anniversary, up to the next) not yet in a report. */
    @Transactional
    void attachToReport(long recordId, long reportId, LocalDate after, LocalDate until) {
        outputs.attachToReport(recordId, reportId, after, until);
    }

    @Transactional(readOnly = true)
    public List<TalentOutput> of(long recordId) {
        return outputs.findByTalentRecordIdOrderByAchievedOnAscIdAsc(recordId);
    }

    @Transactional(readOnly = true)
    public List<TalentOutput> ofReport(long reportId) {
        return outputs.findByYearlyReportIdOrderByAchievedOnAscIdAsc(reportId);
    }

    /** An output's evidence, for those who may see the record. */
    @Transactional(readOnly = true)
    public Exits.Evidence evidence(long recordId, long outputId, DataScope scope) {
        records.visible(recordId, scope);
        TalentOutput output = outputs.findById(outputId).filter(found -> found.getTalentRecordId() == recordId
                && found.getSha256() != null).orElseThrow(() -> new NotFound("output evidence " + outputId));
        return new Exits.Evidence(files.contentOf(output.getSha256()), output.getFileName(), output.getContentType());
    }
}
