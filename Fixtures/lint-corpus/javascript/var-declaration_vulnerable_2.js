var express = require('express'); // expect: var-declaration

var router = express.Router(); // expect: var-declaration

router.get('/greeting', function (req, res) {
  var name = req.query.name || 'world', punctuation = '!'; // expect: var-declaration
  res.json({ message: 'Hello, ' + name + punctuation });
});

module.exports = router;
