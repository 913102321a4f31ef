package org.carecoop.platform.web;

/** One link in the service navigation. */
public record NavigationItem(String path, String labelKey, boolean current) {}
