const express = require("express");
const { Classroom, Pupil } = require("../models");

const router = express.Router();

router.get("/api/classes", async (req, res, next) => {
  try {
    const classes = await Classroom.find({ year: Number(req.query.year) || 2024 })
      .populate("teacherId", "name")
      .lean();
    const counts = await Pupil.aggregate([
      { $match: { classId: { $in: classes.map((c) => c._id) } } },
      { $group: { _id: "$classId", n: { $sum: 1 } } },
    ]);
    const byClass = new Map(counts.map((c) => [String(c._id), c.n]));
    res.json(
      classes.map((c) => ({
        name: c.name,
        teacher: c.teacherId && c.teacherId.name,
        pupils: byClass.get(String(c._id)) || 0,
      })),
    );
  } catch (err) {
    next(err);
  }
});

module.exports = router;
