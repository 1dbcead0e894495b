package cn.gov.talent.review;

/** An expert's recommendation on an application: 同意 or 不同意. */
public enum Recommendation {
    AGREE,
    DISAGREE
}
