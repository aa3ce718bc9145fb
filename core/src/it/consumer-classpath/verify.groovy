def log = new File(basedir, 'build.log').text
assert log.contains('consumer-classpath: lympha-core works on the class path')
return true
