package org.carecoop.people.web;

/** Why a co-ordinator withdraws a piece of vetting evidence; checked by the vetting service. */
public class WithdrawForm {

    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
