// GET /api/classes: each class with its teacher and number of pupils (Mongoose).
const express = require("express");
const { Classroom, Teacher, Pupil } = require("../models");

const router = express.Router();

router.get("/api/classes", async (req, res, next) => {
  try {
    const classes = await Classroom.find({ year: Number(req.query.year) || 2024 }).lean();
    const rows = await Promise.all(
      classes.map(async (c) => {
        const teacher = await Teacher.findById(c.teacherId).select("name").lean(); // expect: n-plus-one-query
        const pupils = await Pupil.countDocuments({ classId: c._id }); // expect: n-plus-one-query
        return { name: c.name, teacher: teacher && teacher.name, pupils };
      }),
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
