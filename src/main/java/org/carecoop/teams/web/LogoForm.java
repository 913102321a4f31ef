package org.carecoop.teams.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The team logo upload form: one file. */
public class LogoForm {

    private @Nullable MultipartFile logo;

    public @Nullable MultipartFile getLogo() {
        return logo;
    }

    public void setLogo(@Nullable MultipartFile logo) {
        this.logo = logo;
    }
}
