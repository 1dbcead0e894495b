package cn.gov.talent.program;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Batch() {
    }

    public Batch(Program program, int year, String title, BatchStage stage, LocalDate applicationOpens,
            LocalDate applicationCloses) {
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
