package cn.gov.talent.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 人才工程: a talent program such as 双高工程, with its categories. */
@Entity
@Table(name = "program")
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProgramTier tier;

    private String description;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProgramCategory> categories = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Program() {
    }

    public Program(String code, String name, ProgramTier tier, String description, Instant createdAt) {
        this.createdAt = createdAt;
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.description = description;
    }

    public ProgramCategory addCategory(String code, String name) {
        var category = new ProgramCategory(this, code, name, categories.size());
        categories.add(category);
        return category;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ProgramTier getTier() {
        return tier;
    }

    public String getDescription() {
        return description;
    }

    public List<ProgramCategory> getCategories() {
        return categories;
    }
}
