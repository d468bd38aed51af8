package io.feedgym.networks.interaction;

/** A vertex of a graph under construction: its name and the width of its [batch × width] output. */
public record Vertex(String name, int width) {}
