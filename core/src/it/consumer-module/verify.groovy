def log = new File(basedir, 'build.log').text
assert log.contains('consumer-module: lympha-core works as the module io.github.lympha')
return true
