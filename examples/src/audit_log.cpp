// An append-only audit log written on Qt's thread pool.
#include <QFuture>
#include <QString>
#include <QStringList>
#include <QtConcurrent/QtConcurrent>

namespace shop {

static void writeLine(const QString &line) { (void)line; }
static void reopenFile() {}

class AuditLog {
public:
  // Hazard: every append is chained onto the previous one through m_last, a
  // private queue that nobody can see or join; an exception in one link
  // silently poisons the rest.
  void append(const QString &line) {
    m_last = m_last.then(QtFuture::Launch::Async, [line] { writeLine(line); });
  }

  // ...and blocking on its tail deadlocks if any queued link needs this
  // thread.
  void flush() { m_last.waitForFinished(); }

  // Hazard: Launch::Sync runs the continuation inline on whatever thread
  // fulfils the future.
  QFuture<void> rotate() {
    return QtConcurrent::run(&reopenFile).then(QtFuture::Launch::Sync, [] {
      writeLine("rotated");
    });
  }

  // Correct: the continuation is handed to the thread pool.
  QFuture<void> rotateAsync() {
    return QtConcurrent::run(&reopenFile).then(QtFuture::Launch::Async, [] {
      writeLine("rotated");
    });
  }

private:
  QFuture<void> m_last = QtFuture::makeReadyFuture();
};

// Correct: a local chain, joined before the function returns.
void writeBatch(const QStringList &lines) {
  QFuture<void> done = QtFuture::makeReadyFuture();
  for (const QString &line : lines)
    done = done.then(QtFuture::Launch::Async, [line] { writeLine(line); });
  done.waitForFinished();
}

} // namespace shop
