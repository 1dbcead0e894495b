package cn.gov.talent.review;

/** 评审方式: how a round's experts meet the dossiers (seed 002 art. 21, 004 §二(三)4). */
public enum ReviewMode {
    /** 通讯评审: each expert scores online, alone. */
    CORRESPONDENCE,
    /** 会议评审: the panel meets and scores. */
    MEETING,
    /** 面试、远程视频答辩: the candidate defends in person or by video. */
    INTERVIEW
}
