package com.acme.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
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
                .filter(t -> status == null || status.equalsIgnoreCase(t.getStatus()))
                .filter(t -> Objects.equals(t.getOwner(), owner) || t.isShared())
                .filter(t -> t.getPriority() != Priority.ARCHIVED && t.getAssignee() != null)
                .collect(Collectors.toList());
    }

    public boolean isWrite(HttpServletRequest req) {
        String method = req.getMethod();
        return !method.equals("GET") && !method.equals("HEAD") && method.charAt(0) != 'O';
    }
}
