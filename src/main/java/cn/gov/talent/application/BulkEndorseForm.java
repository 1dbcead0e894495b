package cn.gov.talent.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 批量审核通过, confirmed: the chosen applications and the one opinion (单位意见) given with them all. */
class BulkEndorseForm {

    private List<Long> ids = new ArrayList<>();

    private String opinion;

    public List<Long> getIds() {
        return ids;
    }

    /** The ids given; an empty one (nothing to convert) is no choice. */
    public void setIds(List<Long> ids) {
        this.ids = ids == null ? new ArrayList<>() : new ArrayList<>(ids.stream().filter(Objects::nonNull).toList());
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
