package cn.gov.talent.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An academic question of an objection sent to one of the application's experts, and the answer. */
@Entity
@Table(name = "objection_expert_opinion")
class ExpertOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "objection_id")
    private long objectionId;

    @Column(name = "expert_id")
    private long expertId;

    private String question;

    private String answer;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ExpertOpinion() {
    }

    ExpertOpinion(long objectionId, long expertId, String question, Instant askedAt) {
        this.objectionId = objectionId;
        this.expertId = expertId;
        this.question = question;
        this.askedAt = askedAt;
    }

    void answer(String answer, Instant at) {
        this.answer = answer;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getObjectionId() {
        return objectionId;
    }

    public long getExpertId() {
        return expertId;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
