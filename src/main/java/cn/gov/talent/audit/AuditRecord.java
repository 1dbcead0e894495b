package cn.gov.talent.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.gov.talent.shared.Actor;

/** 审计记录: one line of the audit trail, never changed once written. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(name = "actor_username")
    private String actorUsername;

    @Column(name = "actor_roles")
    private String actorRoles;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_label")
    private String subjectLabel;

    private String action;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    private String reason;

    @Column(name = "note_key")
    private String noteKey;

    @Column(name = "note_args")
    private String noteArgs;

    @Column(name = "actor_unit_id")
    private Long actorUnitId;

    protected AuditRecord() {
    }

    AuditRecord(AuditEntry entry, String actorRoles, String clientAddress, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actorUserId = entry.actor().userId();
        this.actorUsername = entry.actor().username();
        this.actorRoles = actorRoles;
        this.clientAddress = clientAddress;
        this.subjectType = entry.subjectType();
        this.subjectId = entry.subjectId();
        this.subjectLabel = entry.subjectLabel();
        this.action = entry.action();
        this.fromState = entry.fromState();
        this.toState = entry.toState();
        this.reason = entry.reason();
        this.noteKey = entry.noteKey();
        this.noteArgs = joinArguments(entry.noteArguments());
        this.actorUnitId = unitOf(entry.actor());
    }

    /** The separator of a note's arguments in their column: a control character nobody types. */
    static final String ARGUMENT_SEPARATOR = "\u001F";

    static String joinArguments(List<String> arguments) {
        return arguments.isEmpty() ? null : arguments.stream()
                .map(argument -> argument.replace(ARGUMENT_SEPARATOR, " "))
                .collect(Collectors.joining(ARGUMENT_SEPARATOR));
    }

    /** The unit the actor acted for; none for the system. */
    static Long unitOf(Actor actor) {
        return actor.isSystem() || actor.unitId() == 0 ? null : actor.unitId();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }

    /** The key of the note the application wrote, or null (older lines, lines with only a reason). */
    public String getNoteKey() {
        return noteKey;
    }

    /** The note's arguments, in order. */
    public List<String> getNoteArguments() {
        return noteArgs == null ? List.of() : List.of(noteArgs.split(ARGUMENT_SEPARATOR, -1));
    }

    /** The unit the actor acted for, or null (the system, older lines). */
    public Long getActorUnitId() {
        return actorUnitId;
    }
}
