package com.acme.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;

public class TaskFilter {

    private final TaskRepository repo;

    public TaskFilter(TaskRepository repo) {
        this.repo = repo;
    }

    public List<Task> visibleTasks(HttpServletRequest req) {
        String status = req.getParameter("status");
        String owner = req.getRemoteUser();
        return repo.findAll().stream()
                .filter(t -> status == null || t.getStatus() == status) // expect: string-reference-equality
                .filter(t -> t.getOwner() != owner || t.isShared()) // expect: string-reference-equality
                .collect(Collectors.toList());
    }

    public boolean isWrite(HttpServletRequest req) {
        return req.getMethod() != "GET" && req.getMethod() != "HEAD"; // expect: string-reference-equality
    }
}
