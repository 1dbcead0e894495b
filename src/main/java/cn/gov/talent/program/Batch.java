package cn.gov.talent.program;

import java.time.Instant;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 年度批次: one program's selection in one year. */
@Entity
@Table(name = "batch")
public class Batch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    private int year;

    private String title;

    @Enumerated(EnumType.STRING)
    private BatchStage stage = BatchStage.DRAFT;

    @Column(name = "application_opens")
    private LocalDate applicationOpens;

    @Column(name = "application_closes")
    private LocalDate applicationCloses;

    /** 年龄计算截止日期: ages and periods are computed at this date. */
    @Column(name = "reference_date")
    private LocalDate referenceDate;

    @Column(name = "employer_deadline")
    private LocalDate employerDeadline;

    @Column(name = "recommender_deadline")
    private LocalDate recommenderDeadline;

    @Column(name = "review_starts")
    private LocalDate reviewStarts;

    @Column(name = "review_ends")
    private LocalDate reviewEnds;

    /** 公示期: how many working days the public notice runs. */
    @Column(name = "notice_working_days")
    private int noticeWorkingDays = 5;

    /** 入选总数上限 */
    @Column(name = "total_places")
    private Integer totalPlaces;

    @ElementCollection
    @CollectionTable(name = "rubric_criterion", joinColumns = @JoinColumn(name = "batch_id"))
    @OrderColumn(name = "sort_order")
    private List<RubricCriterion> rubric = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Batch() {
    }

    public Batch(Program program, int year, String title, BatchStage stage, LocalDate applicationOpens,
            LocalDate applicationCloses, Instant createdAt) {
        this.createdAt = createdAt;
        this.program = program;
        this.year = year;
        this.title = title;
        this.stage = stage;
        this.applicationOpens = applicationOpens;
        this.applicationCloses = applicationCloses;
    }

    public Long getId() {
        return id;
    }

    public Program getProgram() {
        return program;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public BatchStage getStage() {
        return stage;
    }

    public LocalDate getApplicationOpens() {
        return applicationOpens;
    }

    /** Moves the batch on to a later stage as the work reaches it; never back (the office's form may). */
    boolean advanceTo(BatchStage later) {
        if (later.ordinal() <= stage.ordinal()) {
            return false;
        }
        this.stage = later;
        return true;
    }

    /** Copies the settings of the yearly notice from the office's form. */
    void apply(BatchForm form) {
        this.title = form.getTitle().trim();
        this.stage = form.getStage();
        this.applicationOpens = form.getApplicationOpens();
        this.applicationCloses = form.getApplicationCloses();
        this.employerDeadline = form.getEmployerDeadline();
        this.recommenderDeadline = form.getRecommenderDeadline();
        this.reviewStarts = form.getReviewStarts();
        this.reviewEnds = form.getReviewEnds();
        this.noticeWorkingDays = form.getNoticeWorkingDays();
        this.totalPlaces = form.getTotalPlaces();
        this.referenceDate = form.getReferenceDate();
        this.rubric.clear();
        form.getRubric().stream().filter(RubricCriterion::isComplete).forEach(rubric::add);
    }

    public LocalDate getEmployerDeadline() {
        return employerDeadline;
    }

    public LocalDate getRecommenderDeadline() {
        return recommenderDeadline;
    }

    public LocalDate getReviewStarts() {
        return reviewStarts;
    }

    public LocalDate getReviewEnds() {
        return reviewEnds;
    }

    public int getNoticeWorkingDays() {
        return noticeWorkingDays;
    }

    /** The notice length alone (a batch made from its window takes the program's minimum). */
    void setNoticeWorkingDays(int noticeWorkingDays) {
        this.noticeWorkingDays = noticeWorkingDays;
    }

    /** The review settings alone (the demo loader; the office uses the batch form). */
    void setReview(List<RubricCriterion> criteria, Integer totalPlaces) {
        this.rubric.clear();
        this.rubric.addAll(criteria);
        this.totalPlaces = totalPlaces;
    }

    public Integer getTotalPlaces() {
        return totalPlaces;
    }

    public List<RubricCriterion> getRubric() {
        return rubric;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public LocalDate getApplicationCloses() {
        return applicationCloses;
    }
}
