package cn.gov.talent.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The office's form for a yearly batch: what the notice fixes, in the order it happens. The timetable's
 * order, the notice minimum and the yearly maximum are checked by {@code Programs} (they need the program
 * and today); warnings about the dates are confirmed with {@code timetableConfirmed}.
 */
public class BatchForm {

    @NotNull(message = "{batch.year.required}")
    @Min(value = 2000, message = "{batch.year.range}")
    @Max(value = 2100, message = "{batch.year.range}")
    private Integer year;

    @NotBlank(message = "{batch.title.required}")
    @Size(max = 200, message = "{dossier.text.tooLong}")
    private String title;

    @NotNull
    private BatchStage stage = BatchStage.DRAFT;

    @NotNull(message = "{batch.applicationOpens.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate applicationOpens;

    @NotNull(message = "{batch.applicationCloses.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate applicationCloses;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate employerDeadline;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recommenderDeadline;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewStarts;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewEnds;

    @Min(value = 1, message = "{batch.noticeWorkingDays.range}")
    @Max(value = 30, message = "{batch.noticeWorkingDays.range}")
    private int noticeWorkingDays = 5;

    @Min(value = 1, message = "{batch.totalPlaces.positive}")
    private Integer totalPlaces;

    @NotNull(message = "{batch.referenceDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate referenceDate;

    @Valid
    private List<RubricCriterion> rubric = new ArrayList<>();

    /** 我已核对时间安排: the office has checked the warnings the page showed (dates outside the year, past). */
    private boolean timetableConfirmed;

    /** Which warnings the page showed when it asked for the confirmation (see {@code BatchCheck.fingerprint}). */
    private String confirmedWarnings;

    static BatchForm of(Batch batch) {
        var form = new BatchForm();
        form.year = batch.getYear();
        form.title = batch.getTitle();
        form.stage = batch.getStage();
        form.applicationOpens = batch.getApplicationOpens();
        form.applicationCloses = batch.getApplicationCloses();
        form.employerDeadline = batch.getEmployerDeadline();
        form.recommenderDeadline = batch.getRecommenderDeadline();
        form.reviewStarts = batch.getReviewStarts();
        form.reviewEnds = batch.getReviewEnds();
        form.noticeWorkingDays = batch.getNoticeWorkingDays();
        form.totalPlaces = batch.getTotalPlaces();
        form.referenceDate = batch.getReferenceDate();
        form.rubric = new ArrayList<>(batch.getRubric());
        return form;
    }

    @AssertTrue(message = "{batch.criterion.incomplete}")
    public boolean isRubricComplete() {
        return rubric.stream().allMatch(criterion -> criterion.isBlank() || criterion.isComplete());
    }

    public BatchForm withSpareRows() {
        rubric.removeIf(RubricCriterion::isBlank);
        rubric.add(new RubricCriterion());
        rubric.add(new RubricCriterion());
        return this;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BatchStage getStage() {
        return stage;
    }

    public void setStage(BatchStage stage) {
        this.stage = stage;
    }

    public LocalDate getApplicationOpens() {
        return applicationOpens;
    }

    public void setApplicationOpens(LocalDate applicationOpens) {
        this.applicationOpens = applicationOpens;
    }

    public LocalDate getApplicationCloses() {
        return applicationCloses;
    }

    public void setApplicationCloses(LocalDate applicationCloses) {
        this.applicationCloses = applicationCloses;
    }

    public LocalDate getEmployerDeadline() {
        return employerDeadline;
    }

    public void setEmployerDeadline(LocalDate employerDeadline) {
        this.employerDeadline = employerDeadline;
    }

    public LocalDate getRecommenderDeadline() {
        return recommenderDeadline;
    }

    public void setRecommenderDeadline(LocalDate recommenderDeadline) {
        this.recommenderDeadline = recommenderDeadline;
    }

    public LocalDate getReviewStarts() {
        return reviewStarts;
    }

    public void setReviewStarts(LocalDate reviewStarts) {
        this.reviewStarts = reviewStarts;
    }

    public LocalDate getReviewEnds() {
        return reviewEnds;
    }

    public void setReviewEnds(LocalDate reviewEnds) {
        this.reviewEnds = reviewEnds;
    }

    public int getNoticeWorkingDays() {
        return noticeWorkingDays;
    }

    public void setNoticeWorkingDays(int noticeWorkingDays) {
        this.noticeWorkingDays = noticeWorkingDays;
    }

    public Integer getTotalPlaces() {
        return totalPlaces;
    }

    public void setTotalPlaces(Integer totalPlaces) {
        this.totalPlaces = totalPlaces;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public boolean isTimetableConfirmed() {
        return timetableConfirmed;
    }

    public void setTimetableConfirmed(boolean timetableConfirmed) {
        this.timetableConfirmed = timetableConfirmed;
    }

    public String getConfirmedWarnings() {
        return confirmedWarnings;
    }

    public void setConfirmedWarnings(String confirmedWarnings) {
        this.confirmedWarnings = confirmedWarnings;
    }

    public List<RubricCriterion> getRubric() {
        return rubric;
    }

    public void setRubric(List<RubricCriterion> rubric) {
        this.rubric = rubric;
    }
}
