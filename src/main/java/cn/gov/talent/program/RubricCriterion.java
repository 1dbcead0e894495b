package cn.gov.talent.program;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** 评分指标: one criterion of a batch's rubric, scored 0..maxPoints and weighted. */
@Embeddable
public class RubricCriterion {

    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String name;

    @Column(name = "max_points")
    @Min(value = 1, message = "{batch.criterion.maxPoints}")
    @Max(value = 1000, message = "{batch.criterion.maxPoints}")
    private Integer maxPoints;

    @DecimalMin(value = "0.01", message = "{batch.criterion.weight}")
    private BigDecimal weight;

    public RubricCriterion() {
    }

    public RubricCriterion(String name, int maxPoints, BigDecimal weight) {
        this.name = name;
        this.maxPoints = maxPoints;
        this.weight = weight;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && maxPoints == null && weight == null;
    }

    boolean isComplete() {
        return name != null && !name.isBlank() && maxPoints != null && weight != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(Integer maxPoints) {
        this.maxPoints = maxPoints;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }
}
