// npm bcrypt, as the blog API uses it: reads one JSON object on standard
// input and prints the answer. {"hash": PASSWORD} prints
// bcrypt.hash(PASSWORD, 10); {"compare": [PASSWORD, HASH]} prints true or
// false (bcrypt.compare, the API's log-in check). Secrets never go through
// the command line.
const bcrypt = require('bcrypt');

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const request = JSON.parse(input);
  if ('hash' in request) {
    console.log(await bcrypt.hash(request.hash, 10));
  } else {
    const [password, hash] = request.compare;
    console.log(await bcrypt.compare(password, hash));
  }
});
