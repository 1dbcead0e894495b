package cn.gov.talent.review;

import cn.gov.talent.program.Discipline;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 评审专家: a member of the expert pool, with the disciplines they can judge. */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "employer_name")
    private String employerName;

    private String title;

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    private ExpertStatus status = ExpertStatus.ACTIVE;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "max_load")
    private int maxLoad = 20;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "expert_discipline", joinColumns = @JoinColumn(name = "expert_id"),
            inverseJoinColumns = @JoinColumn(name = "discipline_code"))
    private Set<Discipline> disciplines = new LinkedHashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Expert() {
    }

    public Expert(Long userId, String fullName, String employerName, String title, Set<Discipline> disciplines,
            Instant createdAt) {
        this.createdAt = createdAt;
        this.userId = userId;
        this.fullName = fullName;
        this.employerName = employerName;
        this.title = title;
        this.disciplines = new LinkedHashSet<>(disciplines);
    }

    /** An expert with the contact details and review load the office knows at once (the Excel import). */
    public Expert(Long userId, String fullName, String employerName, String title, Set<Discipline> disciplines,
            String phone, String email, int maxLoad, Instant createdAt) {
        this(userId, fullName, employerName, title, disciplines, createdAt);
        this.phone = phone;
        this.email = email;
        this.maxLoad = maxLoad;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmployerName() {
        return employerName;
    }

    public String getTitle() {
        return title;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public long getVersion() {
        return version;
    }

    public ExpertStatus getStatus() {
        return status;
    }

    void update(String fullName, String employerName, String title, String phone, String email, int maxLoad,
            Set<Discipline> disciplines) {
        this.fullName = fullName;
        this.employerName = employerName;
        this.title = title;
        this.phone = phone;
        this.email = email;
        this.maxLoad = maxLoad;
        this.disciplines.clear();
        this.disciplines.addAll(disciplines);
    }

    void changeStatus(ExpertStatus status, String reason) {
        this.status = status;
        this.statusReason = reason;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public int getMaxLoad() {
        return maxLoad;
    }

    public Set<Discipline> getDisciplines() {
        return disciplines;
    }
}
